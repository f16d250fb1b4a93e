package io.github.zhibiao.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: JDK collections only, record-style accessors
 * ({@code value()}, not {@code getValue()}). Kept to non-enum attributes so that class-path
 * consumers' javadoc does not trip over CLASS-retained enum constants.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(jdkOnly = true, get = {"is*", "get*"}, init = "*", defaults = @Value.Immutable(copy = true))
public @interface ZhibiaoStyle {}
