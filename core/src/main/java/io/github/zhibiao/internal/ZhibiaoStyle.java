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
 *
 * <p>{@code allowedClasspathAnnotations} lists only {@link Override}, so no annotation found on the
 * class path is added to generated classes, above all {@code org.immutables.value.Generated}: it
 * is CLASS-retained, its jar is a compile-only dependency of core, and every module compiled
 * against core (ours and a user's) warned "Cannot find annotation method 'from()'" for each
 * generated class it read. (An empty list would mean "all allowed".)
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(jdkOnly = true, get = {"is*", "get*"}, init = "*", defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface ZhibiaoStyle {}
