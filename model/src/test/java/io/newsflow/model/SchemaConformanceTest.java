package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas under {@code io/newsflow/model/schemas/} describe exactly what {@link JsonSerde} writes:
 * real records of every topic value type validate against them, hand-broken ones do not, the schemas stay
 * in step with the record components, and records survive a serde round trip.
 */
class SchemaConformanceTest {

    private static final String SCHEMA_DIR = "/io/newsflow/model/schemas/";
    private static final String TOPIC = "schema-conformance";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** "format" is only an annotation in 2020-12 unless asserted; assert it so date-time/date are checked. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private static final Map<String, Class<? extends Record>> SCHEMAS = new LinkedHashMap<>();

    static {
        SCHEMAS.put("raw-article", RawArticle.class);
        SCHEMAS.put("enriched-article", EnrichedArticle.class);
        SCHEMAS.put("story", Story.class);
        SCHEMAS.put("story-assignment", StoryAssignment.class);
        SCHEMAS.put("dead-letter", DeadLetter.class);
    }

    /** The record type each {@code $defs} entry describes. */
    private static final Map<String, Class<? extends Record>> DEFS = Map.of(
            "span", Span.class,
            "actorTag", ActorTag.class,
            "placeTag", PlaceTag.class,
            "rawArticle", RawArticle.class,
            "storyActor", StoryActor.class,
            "storyArticle", StoryArticle.class,
            "candidateStory", CandidateStory.class);

    /** Properties Jackson writes beyond the record components: bean getters on the record. */
    private static final Map<Class<?>, Set<String>> DERIVED_PROPERTIES = Map.of();

    // ---------------------------------------------------------------- fixtures

    private static final String NHK_TEXT = "東京（共同）— 韓国の外相は月曜日、ソウルで日本の外相と会談した。"
            + "Russia's foreign ministry said talks in Seoul were \"constructive\". Ünïcödé ✓ 🚀";

    private static RawArticle feedArticle() {
        String url = "https://www3.nhk.or.jp/news/html/20250301/k10014.html?utm_source=rss";
        String canonical = "https://www3.nhk.or.jp/news/html/20250301/k10014.html";
        String title = "日韓外相会談　ソウルで — Außenminister treffen sich";
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.forUrl(canonical), 1, url, canonical, null,
                "NHK ニュース", title, List.of("山田 太郎", "Zoë Ångström"),
                OffsetDateTime.parse("2025-03-01T09:30:15+09:00"),
                Instant.parse("2025-03-01T00:31:02.123456789Z"), "ja", NHK_TEXT, Origin.FEED,
                ArticleIds.contentHash(title, NHK_TEXT));
    }

    private static RawArticle localFileArticle() {
        String path = "/data/inbox/2025-03-01/statement.txt";
        String title = "Statement on the Seoul talks";
        String text = "The foreign ministers met in Seoul on Monday.";
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.forPathAndContent(path, text), 1, null, null,
                path, "file:/data/inbox", title, null, null, Instant.parse("2025-03-01T08:00:00Z"), null, text,
                Origin.FILE, ArticleIds.contentHash(title, text));
    }

    private static RawArticle jsonlArticle() {
        String title = "Talks in Seoul end without a statement";
        String text = "Talks in Seoul ended on Monday without a joint statement, officials said.";
        return new RawArticle(RawArticle.SCHEMA_VERSION, "wire-2025-03-01-0042", 2,
                "https://wire.example.com/2025/03/01/seoul-talks", null, null, "wire.example.com", title,
                List.of("A. Reporter"), OffsetDateTime.parse("2025-02-28T19:45:00-05:00"),
                Instant.parse("2025-03-01T01:02:03Z"), "en", text, Origin.JSONL, ArticleIds.contentHash(title, text));
    }

    private static List<Span> spansOf(String text, String mention) {
        List<Span> spans = new ArrayList<>();
        for (int i = text.indexOf(mention); i >= 0; i = text.indexOf(mention, i + 1)) {
            spans.add(new Span(i, i + mention.length()));
        }
        return spans;
    }

    private static EnrichedArticle enrichedOriginal() {
        RawArticle raw = feedArticle();
        String text = raw.text();
        List<ActorTag> actors = List.of(
                new ActorTag("KORGOV", "韓国政府", "COUNTRY", "KOR", "GOV", 1, spansOf(text, "韓国の外相")),
                new ActorTag("JPNGOV", "日本政府", "COUNTRY", "JPN", "GOV", 1, spansOf(text, "日本の外相")),
                new ActorTag("RUSGOV", "Russia", "COUNTRY", "RUS", "GOV", 1, spansOf(text, "Russia")),
                new ActorTag("IGOUNO", "United Nations", "IGO", null, null, 0, null));
        List<PlaceTag> places = List.of(new PlaceTag("Seoul", "KOR", spansOf(text, "Seoul")),
                new PlaceTag("ソウル", "KOR", spansOf(text, "ソウル")));
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw, null, false, null, actors, places,
                "cameo-2025.02", Instant.parse("2025-03-01T00:31:05.5Z"));
    }

    private static EnrichedArticle enrichedCopy() {
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, jsonlArticle(), feedArticle().id(), false, 0.87,
                List.of(new ActorTag("KOR", "South Korea", "COUNTRY", "KOR", null, 1,
                        List.of(new Span(9, 14)))),
                List.of(), "cameo-2025.02", Instant.parse("2025-03-01T01:02:04Z"));
    }

    private static EnrichedArticle enrichedLocalFile() {
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, localFileArticle(), null, false, null, null, null,
                "cameo-2025.02", Instant.parse("2025-03-01T08:00:01Z"));
    }

    private static StoryArticle storyArticle(RawArticle raw, String duplicateOf, List<String> actors,
                                             double similarity) {
        String url = raw.url() != null ? raw.url() : "file://" + raw.path();
        return new StoryArticle(raw.id(), url, raw.path(), raw.title(), raw.publishedAt(), duplicateOf, actors,
                raw.source(), similarity);
    }

    private static Story activeStory() {
        RawArticle first = feedArticle();
        RawArticle copy = jsonlArticle();
        RawArticle local = localFileArticle();
        return new Story(Story.SCHEMA_VERSION, "story-20250301-7f3a", first.title(), 5, 3, 1,
                Instant.parse("2025-03-01T00:30:15Z"), Instant.parse("2025-03-01T08:00:00Z"),
                LocalDate.of(2025, 3, 3), List.of("外相", "seoul", "talks", "außenminister"), StoryStatus.ACTIVE,
                List.of(new StoryActor("KORGOV", "韓国政府", 3), new StoryActor("JPNGOV", "日本政府", 2),
                        new StoryActor("IGOUNO", "United Nations", 1)),
                List.of(storyArticle(first, null, List.of("KORGOV", "JPNGOV", "RUSGOV"), 1.0),
                        storyArticle(copy, first.id(), List.of("KOR"), 0.93),
                        storyArticle(local, null, List.of(), 0.41)),
                Instant.parse("2025-03-01T08:00:01.250Z"));
    }

    private static Story dormantStory() {
        return new Story(Story.SCHEMA_VERSION, "story-20250110-0001", "Old news", 1, 1, 0,
                Instant.parse("2025-01-10T12:00:00Z"), Instant.parse("2025-01-10T12:00:00Z"), null, null,
                StoryStatus.DORMANT, null, null, Instant.parse("2025-02-10T00:00:00Z"));
    }

    private static StoryAssignment joinedAssignment() {
        RawArticle local = localFileArticle();
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("textCosine", 0.38);
        features.put("actorOverlap", 0.5);
        features.put("daysApart", 0.0);
        return new StoryAssignment(StoryAssignment.SCHEMA_VERSION, local.id(), "story-20250301-7f3a",
                StoryAssignment.Decision.JOINED, storyArticle(local, null, List.of(), 0.41),
                List.of(new CandidateStory("story-20250301-7f3a", 0.41, features),
                        new CandidateStory("story-20250227-11c2", -0.05,
                                Map.of("textCosine", 0.02, "actorOverlap", 0.0, "daysApart", -2.0))),
                Instant.parse("2025-03-01T08:00:01.250Z"));
    }

    private static StoryAssignment openedAssignment() {
        RawArticle first = feedArticle();
        return new StoryAssignment(StoryAssignment.SCHEMA_VERSION, first.id(), "story-20250301-7f3a",
                StoryAssignment.Decision.OPENED, storyArticle(first, null, List.of("KORGOV", "JPNGOV"), 1.0), null,
                Instant.parse("2025-03-01T00:31:06Z"));
    }

    private static StoryAssignment copyAssignment() {
        RawArticle copy = jsonlArticle();
        return new StoryAssignment(StoryAssignment.SCHEMA_VERSION, copy.id(), "story-20250301-7f3a",
                StoryAssignment.Decision.COPY, storyArticle(copy, feedArticle().id(), List.of("KOR"), 0.93),
                List.of(), Instant.parse("2025-03-01T01:02:05Z"));
    }

    private static DeadLetter utf8DeadLetter() {
        byte[] line = "{\"id\": \"x\", \"title\": \"Überschrift ソウル\", \"text\": ".getBytes(StandardCharsets.UTF_8);
        return DeadLetter.of("/data/inbox/wire.jsonl:42", "ingest", "line 42 is not valid JSON: unexpected end",
                new IllegalArgumentException("unexpected end-of-input"), null, line, null,
                Instant.parse("2025-03-01T01:02:03.000000001Z"));
    }

    private static DeadLetter base64DeadLetter() {
        byte[] notUtf8 = {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, 0x00, 0x7B};
        return DeadLetter.of("news.articles.raw", "enrich", "value is not a valid RawArticle JSON record",
                new org.apache.kafka.common.errors.SerializationException("bad bytes"), "wire-2025-03-01-0042",
                "news.articles.raw", 2, 123_456_789_012L, notUtf8, null, Instant.parse("2025-03-01T01:02:04Z"));
    }

    private static DeadLetter largestBase64DeadLetter() {
        byte[] payload = new byte[DeadLetter.MAX_INLINE_PAYLOAD_BYTES];
        Arrays.fill(payload, (byte) 0xFE);
        return DeadLetter.of("news.articles.enriched", "aggregate", "not valid UTF-8", null, null,
                "news.articles.enriched", 0, 0L, payload, null, Instant.parse("2025-03-01T02:00:00Z"));
    }

    private static DeadLetter referencedDeadLetter() {
        byte[] tooLarge = new byte[DeadLetter.MAX_INLINE_PAYLOAD_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        return DeadLetter.of("https://example.com/huge.html", "ingest", "page larger than the limit", null, null,
                tooLarge, "/var/newsflow/dead-letter/huge.html", Instant.parse("2025-03-01T03:00:00Z"));
    }

    private static DeadLetter emptyDeadLetter() {
        return DeadLetter.of("https://example.com/feed.xml", "ingest", "feed returned HTTP 404", null, null, null,
                null, Instant.parse("2025-03-01T04:00:00Z"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode schemaJson(String name) {
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(SCHEMA_DIR + name + ".schema.json")) {
            assertThat(in).as("schema %s on the classpath", name).isNotNull();
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(SCHEMA_DIR + name + ".schema.json")) {
            assertThat(in).as("schema %s on the classpath", name).isNotNull();
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(String schemaName, JsonNode json) {
        return schema(schemaName).validate(json);
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** Serializes the record, validates the bytes against the schema, and checks the round trip. */
    private static <T> byte[] assertConforms(String schemaName, Class<T> type, T record) {
        JsonSerde<T> serde = JsonSerde.of(type);
        byte[] bytes = serde.serialize(TOPIC, record);
        Set<ValidationMessage> messages = validate(schemaName, tree(bytes));
        assertThat(messages)
                .as("%s against %s.schema.json: %s%nJSON: %s", type.getSimpleName(), schemaName, describe(messages),
                        abbreviate(new String(bytes, StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(serde.deserialize(TOPIC, bytes)).as("%s round trip", type.getSimpleName()).isEqualTo(record);
        return bytes;
    }

    private static String abbreviate(String json) {
        return json.length() <= 4000 ? json : json.substring(0, 4000) + "...";
    }

    private static ObjectNode json(Object record) {
        return (ObjectNode) Json.MAPPER.valueToTree(record);
    }

    /** The schema with its annotations (title, description, ...) removed, to compare shapes. */
    private static JsonNode shape(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        stripAnnotations(copy);
        return copy;
    }

    /** Removes annotation keywords from a schema and its subschemas, not from property names. */
    private static void stripAnnotations(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        object.remove(List.of("title", "description", "$schema", "$id"));
        object.properties().forEach(entry -> {
            if (List.of("properties", "$defs", "patternProperties").contains(entry.getKey())) {
                entry.getValue().forEach(SchemaConformanceTest::stripAnnotations);
            } else if (entry.getValue().isArray() && !List.of("required", "enum").contains(entry.getKey())) {
                entry.getValue().forEach(SchemaConformanceTest::stripAnnotations);
            } else {
                stripAnnotations(entry.getValue());
            }
        });
    }

    private static Set<String> names(Iterator<String> it) {
        Set<String> names = new TreeSet<>();
        it.forEachRemaining(names::add);
        return names;
    }

    // ---------------------------------------------------------------- conformance of real records

    @Test
    void rawArticlesConform() {
        byte[] bytes = assertConforms("raw-article", RawArticle.class, feedArticle());
        // the publisher's offset and the non-ASCII text survive as written
        JsonNode written = tree(bytes);
        assertThat(written.get("publishedAt").asText()).isEqualTo("2025-03-01T09:30:15+09:00");
        assertThat(written.get("title").asText()).contains("ソウル", "Außenminister");
        assertThat(written.get("url").isNull()).isFalse();

        JsonNode local = tree(assertConforms("raw-article", RawArticle.class, localFileArticle()));
        assertThat(local.get("url").isNull()).as("nulls are written, not omitted").isTrue();
        assertThat(local.get("publishedAt").isNull()).isTrue();
        assertThat(local.get("fetchedAt").asText()).as("seconds kept even when zero").isEqualTo("2025-03-01T08:00:00Z");

        assertConforms("raw-article", RawArticle.class, jsonlArticle());
    }

    @Test
    void enrichedArticlesConform() {
        EnrichedArticle original = enrichedOriginal();
        assertThat(original.places()).allSatisfy(p -> assertThat(p.spans()).isNotEmpty());
        JsonNode written = tree(assertConforms("enriched-article", EnrichedArticle.class, original));
        assertThat(written.has("duplicate")).as("derived isDuplicate() is not written").isFalse();
        assertThat(written.at("/actors/3/country").isNull()).isTrue();

        JsonNode copy = tree(assertConforms("enriched-article", EnrichedArticle.class, enrichedCopy()));
        assertThat(copy.get("duplicateOf").asText()).isNotEmpty();
        assertThat(copy.get("duplicateSimilarity").asDouble()).isEqualTo(0.87);

        assertConforms("enriched-article", EnrichedArticle.class, enrichedLocalFile());
    }

    @Test
    void storiesConform() {
        JsonNode active = tree(assertConforms("story", Story.class, activeStory()));
        assertThat(active.get("eventDate").asText()).isEqualTo("2025-03-03");
        assertThat(active.at("/articles/0/publishedAt").asText()).isEqualTo("2025-03-01T09:30:15+09:00");
        assertThat(active.at("/articles/2/publishedAt").isNull()).isTrue();

        JsonNode dormant = tree(assertConforms("story", Story.class, dormantStory()));
        assertThat(dormant.get("eventDate").isNull()).isTrue();
        assertThat(dormant.get("status").asText()).isEqualTo("DORMANT");
    }

    @Test
    void storyAssignmentsConform() {
        JsonNode joined = tree(assertConforms("story-assignment", StoryAssignment.class, joinedAssignment()));
        assertThat(joined.at("/candidates/0/features/textCosine").asDouble()).isEqualTo(0.38);
        assertThat(joined.get("decision").asText()).isEqualTo("JOINED");

        assertConforms("story-assignment", StoryAssignment.class, openedAssignment());
        assertConforms("story-assignment", StoryAssignment.class, copyAssignment());
    }

    @Test
    void deadLettersConform() {
        DeadLetter utf8 = utf8DeadLetter();
        assertThat(utf8.payloadEncoding()).isEqualTo("utf-8");
        assertThat(utf8.payload()).contains("ソウル");
        assertConforms("dead-letter", DeadLetter.class, utf8);

        DeadLetter base64 = base64DeadLetter();
        assertThat(base64.payloadEncoding()).isEqualTo("base64");
        assertThat(base64.partition()).isEqualTo(2);
        assertConforms("dead-letter", DeadLetter.class, base64);

        DeadLetter largest = largestBase64DeadLetter();
        assertThat(largest.payloadEncoding()).isEqualTo("base64");
        assertConforms("dead-letter", DeadLetter.class, largest);

        DeadLetter referenced = referencedDeadLetter();
        assertThat(referenced.payload()).isNull();
        assertThat(referenced.payloadRef()).isNotNull();
        assertConforms("dead-letter", DeadLetter.class, referenced);

        DeadLetter empty = emptyDeadLetter();
        assertThat(empty.payloadBytes()).isZero();
        assertConforms("dead-letter", DeadLetter.class, empty);
    }

    // ---------------------------------------------------------------- the schemas are not vacuous

    @Test
    void rawArticleWithoutIdFails() {
        ObjectNode json = json(feedArticle());
        json.remove("id");
        Set<ValidationMessage> messages = validate("raw-article", json);
        assertThat(messages).as(describe(messages))
                .anySatisfy(m -> {
                    assertThat(m.getType()).isEqualTo("required");
                    assertThat(m.getProperty()).isEqualTo("id");
                });
    }

    @Test
    void rawArticleOfSchemaVersion2Fails() {
        ObjectNode json = json(feedArticle());
        json.put("schemaVersion", 2);
        Set<ValidationMessage> messages = validate("raw-article", json);
        assertThat(messages).as(describe(messages))
                .anySatisfy(m -> {
                    assertThat(m.getType()).isEqualTo("const");
                    assertThat(m.getInstanceLocation().toString()).isEqualTo("/schemaVersion");
                });
    }

    @Test
    void storyWithUnknownStatusFails() {
        ObjectNode json = json(activeStory());
        json.put("status", "BOGUS");
        Set<ValidationMessage> messages = validate("story", json);
        assertThat(messages).as(describe(messages))
                .anySatisfy(m -> {
                    assertThat(m.getType()).isEqualTo("enum");
                    assertThat(m.getInstanceLocation().toString()).isEqualTo("/status");
                });
    }

    @Test
    void malformedValuesFail() {
        ObjectNode badTime = json(feedArticle());
        badTime.put("publishedAt", "yesterday");
        assertThat(validate("raw-article", badTime)).as("date-time format is asserted").isNotEmpty();

        ObjectNode badDate = json(activeStory());
        badDate.put("eventDate", "03/03/2025");
        assertThat(validate("story", badDate)).as("date format is asserted").isNotEmpty();

        ObjectNode nullTitle = json(feedArticle());
        nullTitle.putNull("title");
        assertThat(validate("raw-article", nullTitle)).as("title is not nullable").isNotEmpty();

        ObjectNode badOrigin = json(feedArticle());
        badOrigin.put("origin", "feed");
        assertThat(validate("raw-article", badOrigin)).as("origin is an enum name").isNotEmpty();

        ObjectNode badSpan = json(enrichedOriginal());
        ((ObjectNode) badSpan.at("/actors/0/spans/0")).put("start", "0");
        assertThat(validate("enriched-article", badSpan)).as("nested $defs are applied").isNotEmpty();

        ObjectNode badNestedArticle = json(enrichedOriginal());
        ((ObjectNode) badNestedArticle.get("article")).remove("fetchedAt");
        assertThat(validate("enriched-article", badNestedArticle)).as("embedded raw article is checked").isNotEmpty();

        ObjectNode badDecision = json(joinedAssignment());
        badDecision.put("decision", "DISCARDED");
        assertThat(validate("story-assignment", badDecision)).isNotEmpty();

        ObjectNode badFeature = json(joinedAssignment());
        ((ObjectNode) badFeature.at("/candidates/0/features")).put("textCosine", "high");
        assertThat(validate("story-assignment", badFeature)).isNotEmpty();

        ObjectNode payloadWithoutEncoding = json(utf8DeadLetter());
        payloadWithoutEncoding.putNull("payloadEncoding");
        assertThat(validate("dead-letter", payloadWithoutEncoding)).isNotEmpty();

        ObjectNode notBase64 = json(base64DeadLetter());
        notBase64.put("payload", "not base64 ✗");
        assertThat(validate("dead-letter", notBase64)).isNotEmpty();
    }

    // ---------------------------------------------------------------- evolution rule

    @Test
    void unknownFieldsAreAcceptedByReadersAndSchemas() {
        RawArticle article = feedArticle();
        ObjectNode json = json(article);
        json.put("sentiment", -0.25);
        json.putObject("provenance").put("crawler", "newsflow-ingest/2").putArray("hops").add("cdn");
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);

        assertThat(JsonSerde.of(RawArticle.class).deserialize(TOPIC, bytes)).isEqualTo(article);
        Set<ValidationMessage> messages = validate("raw-article", json);
        assertThat(messages).as(describe(messages)).isEmpty();

        // nested types follow the same rule
        EnrichedArticle enriched = enrichedOriginal();
        ObjectNode enrichedJson = json(enriched);
        ((ObjectNode) enrichedJson.at("/actors/0")).put("confidence", 0.9);
        ((ObjectNode) enrichedJson.at("/actors/0/spans/0")).put("sentence", 0);
        ((ObjectNode) enrichedJson.get("article")).put("paywalled", false);
        assertThat(JsonSerde.of(EnrichedArticle.class)
                .deserialize(TOPIC, enrichedJson.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(enriched);
        Set<ValidationMessage> nested = validate("enriched-article", enrichedJson);
        assertThat(nested).as(describe(nested)).isEmpty();
    }

    // ---------------------------------------------------------------- the schemas stay in step with the records

    static Stream<Arguments> schemaNames() {
        return SCHEMAS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaNames")
    void schemaDescribesEveryRecordComponent(String name, Class<? extends Record> type) {
        JsonNode schema = schemaJson(name);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo("https://newsflow.io/schemas/" + name + "/1");
        assertThat(schema.get("title").asText()).isEqualTo(type.getSimpleName());
        assertThat(schema.get("description").asText()).isNotBlank();
        assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(1);
        assertObjectSchemaMatches(name, schema, type);

        JsonNode defs = schema.path("$defs");
        for (String def : names(defs.fieldNames())) {
            assertThat(DEFS).as("record type of %s#/$defs/%s", name, def).containsKey(def);
            assertObjectSchemaMatches(name + "#/$defs/" + def, defs.get(def), DEFS.get(def));
        }
        assertThat(schema.findValuesAsText("$ref"))
                .as("%s is self-contained", name)
                .allSatisfy(ref -> assertThat(ref).startsWith("#/$defs/"));
    }

    private static void assertObjectSchemaMatches(String where, JsonNode schema, Class<? extends Record> type) {
        Set<String> expected = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            expected.add(component.getName());
        }
        expected.addAll(DERIVED_PROPERTIES.getOrDefault(type, Set.of()));

        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        assertThat(schema.get("type").asText()).as(where).isEqualTo("object");
        assertThat(required).as("%s required", where).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names(schema.get("properties").fieldNames())).as("%s properties", where).isEqualTo(expected);
        assertThat(schema.get("additionalProperties").isBoolean()
                && schema.get("additionalProperties").booleanValue())
                .as("%s must allow added fields (additionalProperties: true)", where).isTrue();
    }

    @Test
    void serializedFieldsAreExactlyTheSchemaProperties() {
        Map<String, Object> samples = Map.of(
                "raw-article", feedArticle(),
                "enriched-article", enrichedOriginal(),
                "story", activeStory(),
                "story-assignment", joinedAssignment(),
                "dead-letter", base64DeadLetter());
        samples.forEach((name, record) -> assertThat(names(json(record).fieldNames()))
                .as("fields Jackson writes for %s", name)
                .isEqualTo(names(schemaJson(name).get("properties").fieldNames())));
    }

    @Test
    void copiedDefinitionsMatchTheirOriginals() {
        assertThat(shape(schemaJson("enriched-article").at("/$defs/rawArticle")))
                .as("enriched-article#/$defs/rawArticle has the shape of raw-article")
                .isEqualTo(shape(schemaJson("raw-article")));
        assertThat(shape(schemaJson("story-assignment").at("/$defs/storyArticle")))
                .as("story-assignment#/$defs/storyArticle has the shape of story#/$defs/storyArticle")
                .isEqualTo(shape(schemaJson("story").at("/$defs/storyArticle")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"raw-article", "enriched-article", "story", "story-assignment", "dead-letter"})
    void schemaIsAValid202012Schema(String name) {
        JsonSchema metaSchema = FACTORY.getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> messages = metaSchema.validate(schemaJson(name));
        assertThat(messages).as(describe(messages)).isEmpty();
    }
}
