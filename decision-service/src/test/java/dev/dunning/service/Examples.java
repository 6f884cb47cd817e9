package dev.dunning.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example requests in {@code docs/examples}, the same files the README's curl commands send. */
public final class Examples {
    private Examples() {
    }

    public static String heatingBeijing() {
        return read("heating-beijing.json");
    }

    public static String waterBeijing() {
        return read("water-beijing.json");
    }

    public static String read(String name) {
        try {
            return Files.readString(Path.of("..", "docs", "examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
