package io.newsflow.model;

/**
 * An actor of a story.
 *
 * @param code  the CAMEO-style code
 * @param name  the canonical name
 * @param count how many of the story's articles name it
 */
public record StoryActor(String code, String name, int count) {
}
