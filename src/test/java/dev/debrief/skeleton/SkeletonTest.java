package dev.debrief.skeleton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SkeletonTest {
    @Test
    void everyKeyOfTheFormatIsInTheSkeletonWrittenOrCommentedOut() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/incident-v1.schema.json").toFile());
        Set<String> keys = new TreeSet<>();
        collectKeys(schema, keys);
        String text = new Skeleton("schema.json", ZonedDateTime.of(2024, 7, 1, 9, 30, 0, 0, ZoneId.of("UTC")),
                Optional.empty(), Optional.empty()).text();
        Set<String> written = new TreeSet<>();
        Matcher key = Pattern.compile("(?m)(?:^[ #-]*|[{,] *)([a-z_]+):").matcher(text);
        while (key.find()) {
            written.add(key.group(1));
        }
        keys.removeAll(written);
        assertEquals(Set.of(), keys);
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            node.path("properties").fieldNames().forEachRemaining(keys::add);
            node.forEach(child -> collectKeys(child, keys));
        } else if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys));
        }
    }

    @Test
    void userTextIsWrittenAsAQuotedYamlString() {
        assertEquals("\"a \\\"b\\\" \\\\ c\\n\\u0007\"", Skeleton.yaml("a \"b\" \\ c\n\u0007"));
    }
}
