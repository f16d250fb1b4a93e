/**
 * Facts from Chinese statistical prose. Start with {@link io.github.zhibiao.text.TextExtractor}:
 *
 * <pre>{@code
 * TextExtractor extractor = TextExtractor.create();
 * Extraction result = extractor.extract(text, ExtractionContext.of(Region.CHIFENG, 2023));
 * for (ExtractedFact fact : result.facts()) {
 *   System.out.println(fact.subject() + " = " + fact.observation().value());
 * }
 * result.unread().forEach(s -> System.out.println("not read: " + s.text()));
 * }</pre>
 */
package io.github.zhibiao.text;
