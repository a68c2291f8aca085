package io.newsflow.model.config;

import io.newsflow.model.TopicRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * newsflow's settings: defaults, overridden by a properties file, overridden by environment variables.
 *
 * <p>An environment variable {@code NEWSFLOW_A_B_C} sets key {@code a.b.c}; Kafka client properties are
 * the keys under {@code kafka.}, so {@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS} sets
 * {@code bootstrap.servers} of every Kafka client (TLS and SASL settings the same way). The file is
 * named by {@code NEWSFLOW_CONFIG} or given by the caller. Immutable.
 */
public final class NewsflowConfig {

    /** Environment variable naming the properties file. */
    public static final String CONFIG_FILE_VARIABLE = "NEWSFLOW_CONFIG";
    private static final String ENV_PREFIX = "NEWSFLOW_";
    private static final String KAFKA_PREFIX = "kafka.";

    private final Map<String, String> values;

    private NewsflowConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** A configuration of exactly these values. */
    public static NewsflowConfig of(Map<String, String> values) {
        return new NewsflowConfig(values);
    }

    /**
     * Loads defaults, then the file (if any), then the {@code NEWSFLOW_*} variables of {@code env}.
     *
     * @param defaults the service's built-in defaults
     * @param file     a properties file, or null to use {@code NEWSFLOW_CONFIG} when set
     * @param env      the environment, normally {@link System#getenv()}
     */
    public static NewsflowConfig load(Map<String, String> defaults, Path file, Map<String, String> env) {
        Map<String, String> merged = new TreeMap<>(defaults);
        Path configFile = file != null ? file
                : env.containsKey(CONFIG_FILE_VARIABLE) ? Path.of(env.get(CONFIG_FILE_VARIABLE)) : null;
        if (configFile != null) {
            merged.putAll(readProperties(configFile));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals(CONFIG_FILE_VARIABLE)) {
                merged.put(keyOf(name), value);
            }
        });
        return new NewsflowConfig(merged);
    }

    /** The key an environment variable sets: {@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS} → {@code kafka.bootstrap.servers}. */
    static String keyOf(String variable) {
        return variable.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** This configuration with one value replaced (command-line flags win over everything). */
    public NewsflowConfig with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new NewsflowConfig(copy);
    }

    /** A required value. */
    public String get(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException("missing setting " + key + " (environment variable " + variableOf(key) + ")");
        }
        return value.trim();
    }

    /** A value, or the fallback when unset. */
    public String get(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** An integer value, or the fallback when unset. */
    public int getInt(String key, int fallback) {
        String value = get(key, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("setting " + key + " must be an integer, was '" + value + "'");
        }
    }

    /** A long value, or the fallback when unset. */
    public long getLong(String key, long fallback) {
        String value = get(key, null);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("setting " + key + " must be an integer, was '" + value + "'");
        }
    }

    /** A duration in ISO-8601 ({@code PT10M}) or short form ({@code 10m}, {@code 30s}, {@code 7d}, {@code 500ms}). */
    public Duration getDuration(String key, Duration fallback) {
        String value = get(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Durations.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ConfigException("setting " + key + " must be a duration such as PT10M or 10m, was '" + value + "'");
        }
    }

    /** The Kafka client properties: every {@code kafka.*} key without its prefix. */
    public Properties kafkaProperties() {
        Properties props = new Properties();
        values.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                props.put(key.substring(KAFKA_PREFIX.length()), value);
            }
        });
        return props;
    }

    /** The topic registry these settings select ({@code topic.prefix}, {@code topic.partitions}). */
    public TopicRegistry topics() {
        return new TopicRegistry(get("topic.prefix", ""), getInt("topic.partitions", TopicRegistry.DEFAULT_PARTITIONS));
    }

    /** Every value, for logging at start-up (secrets masked). */
    public Map<String, String> describe() {
        Map<String, String> shown = new TreeMap<>();
        values.forEach((key, value) -> shown.put(key, isSecret(key) ? "*****" : value));
        return shown;
    }

    private static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token");
    }

    /** The environment variable that sets a key. */
    public static String variableOf(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file, e);
        }
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(name -> map.put(name, props.getProperty(name)));
        return map;
    }
}
