package io.newsflow.model;

/**
 * A character range in an article's text.
 *
 * @param start index of the first character
 * @param end   index after the last character
 */
public record Span(int start, int end) {
}
