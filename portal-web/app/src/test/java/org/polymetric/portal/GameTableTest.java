package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module's SQL names the kernel's {@code game} table: modules ask the kernel's
 * {@code GameDirectory}, which caches games and keeps them current. Checked over the string
 * literals of every module's main sources (joined, so SQL cut across literals is still seen);
 * keywords in any case, the table as SQL writes it (JPQL's {@code Game} is the kernel's entity,
 * its API, not its table).
 */
class GameTableTest {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    static final Pattern GAME_TABLE = Pattern.compile("(?i:\\b(?:from|join|update|into))\\s+`?game`?(?![\\w.])");

    static boolean namesTheGameTable(String javaSource) {
        Matcher m = LITERAL.matcher(javaSource);
        StringBuilder literals = new StringBuilder();
        while (m.find()) {
            literals.append(m.group(1)).append(' ');
        }
        return GAME_TABLE.matcher(literals).find();
    }

    @Test
    void theCheckSeesTheWaysSqlNamesIt() {
        assertTrue(namesTheGameTable("q(\"SELECT id FROM game WHERE game_key = ?\");"));
        assertTrue(namesTheGameTable("q(\"SELECT g.id FROM \" + \"game g JOIN x\");"));
        assertTrue(namesTheGameTable("q(\"select 1 from `game` g\");"));
        assertTrue(namesTheGameTable("q(\"SELECT 1 FROM events_app a JOIN game g ON g.id = a.game_id\");"));
        assertTrue(namesTheGameTable("q(\"update game set paused = 1\");"));
        assertEquals(false, namesTheGameTable("q(\"SELECT g FROM Game g\"); // reads from game x"));
        assertEquals(false, namesTheGameTable("q(\"SELECT data_version FROM events_app WHERE game_id = ?\");"));
        assertEquals(false, namesTheGameTable("q(\"INSERT INTO game_settings (game_id) VALUES (?)\");"));
    }

    @Test
    void noModuleSqlNamesTheGameTable() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of("../../modules"))) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        if (namesTheGameTable(Files.readString(file))) {
                            offenders.add(file.toString());
                        }
                    }
                }
            }
        }
        assertTrue(Files.isDirectory(Path.of("../../modules/events/src/main/java")), "run from portal-web/app");
        assertEquals(List.of(), offenders, "these read the kernel's game table; ask GameDirectory instead");
    }
}
