package io.camelchat.chatcompletion.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and loads the shared folder of real captures. It is not part of the project and is absent from a user's
 * clone, so tests should skip with {@code Assumptions.assumeTrue(Captures.dir().isPresent())}.
 */
public final class Captures {

    /** System property naming the captures folder explicitly. */
    public static final String DIR_PROPERTY = "captures.dir";

    private static final int MAX_LEVELS_UP = 3;

    private Captures() {
    }

    /**
     * Locates the captures folder. If the system property {@value #DIR_PROPERTY} is set (not blank), it alone
     * decides. Otherwise, starting at {@code user.dir} and walking up at most three parents, the first
     * {@code <dir>/shared/captures} that is a folder wins, nearest first; this covers {@code <module>/../shared}
     * and {@code <module>/../../shared}.
     *
     * @return the folder, or empty when there is none
     * @throws IllegalStateException when {@value #DIR_PROPERTY} names something that is not a folder
     */
    public static Optional<Path> dir() {
        return locate(System.getProperty(DIR_PROPERTY), Path.of(System.getProperty("user.dir")));
    }

    /** {@link #dir()} without global state: {@code configured} is the property value, {@code start} the cwd. */
    static Optional<Path> locate(String configured, Path start) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isDirectory(path)) {
                throw new IllegalStateException(DIR_PROPERTY + " is not a folder: " + path);
            }
            return Optional.of(path);
        }
        Path dir = start.toAbsolutePath().normalize();
        for (int level = 0; level <= MAX_LEVELS_UP && dir != null; level++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("captures");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Loads every case folder (a sub-folder holding {@code response.http}).
     *
     * @return the captures sorted by name, empty when the folder is absent
     * @throws UncheckedIOException when the folder or a case cannot be read
     */
    public static List<Capture> all() {
        return dir().map(Captures::loadAll).orElse(List.of());
    }

    /** Loads every case folder of {@code dir}, sorted by name. */
    static List<Capture> loadAll(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children
                    .filter(child -> Files.isRegularFile(child.resolve("response.http")))
                    .sorted(Comparator.comparing(child -> child.getFileName().toString()))
                    .map(Capture::load)
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list captures in " + dir, e);
        }
    }

    /**
     * Loads one case by folder name.
     *
     * @param name the case folder name, for example {@code s-real-deepseek-reasoner}
     * @return the capture, or empty when the captures folder or that case is absent
     */
    public static Optional<Capture> named(String name) {
        return dir().map(d -> d.resolve(name))
                .filter(caseDir -> Files.isRegularFile(caseDir.resolve("response.http")))
                .map(Capture::load);
    }
}
