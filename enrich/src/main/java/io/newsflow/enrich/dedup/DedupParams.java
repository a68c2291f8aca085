package io.newsflow.enrich.dedup;

import io.newsflow.model.config.ConfigException;
import io.newsflow.model.config.NewsflowConfig;
import java.time.Duration;

/**
 * The settings of near-duplicate detection.
 *
 * @param tau            the shingle Jaccard similarity from which a later article is a copy
 * @param window         how far apart in record time (fetch time) a copy and its original may be; also
 *                       the retention of the dedup stores
 * @param bands          LSH bands
 * @param rows           MinHash values per band
 * @param sketchCapacity shingle hashes kept per article for confirmation
 * @param sweepInterval  how often (stream time) expired entries are removed from the stores
 */
public record DedupParams(double tau, Duration window, int bands, int rows, int sketchCapacity,
                          Duration sweepInterval) {

    /** The defaults: τ = 0.8, 7 days, 16 bands of 5 rows, 1024 shingles, sweep every hour. */
    public static final DedupParams DEFAULTS = new DedupParams(0.8, Duration.ofDays(7), 16, 5, 1024,
            Duration.ofHours(1));

    /** Validates the settings. */
    public DedupParams {
        if (!(tau > 0 && tau <= 1)) {
            throw new ConfigException("enrich.dedup.tau must be in (0, 1], was " + tau);
        }
        if (window.isNegative() || window.isZero() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new ConfigException("enrich.dedup.window and enrich.dedup.sweep.interval must be positive");
        }
        if (sketchCapacity < 16) {
            throw new ConfigException("enrich.dedup.sketch.capacity must be at least 16, was " + sketchCapacity);
        }
        new LshBands(bands, rows);
    }

    /** The settings under {@code enrich.dedup.*}, defaults for what is unset. */
    public static DedupParams from(NewsflowConfig config) {
        String tau = config.get("enrich.dedup.tau", Double.toString(DEFAULTS.tau()));
        try {
            return new DedupParams(Double.parseDouble(tau),
                    config.getDuration("enrich.dedup.window", DEFAULTS.window()),
                    config.getInt("enrich.dedup.bands", DEFAULTS.bands()),
                    config.getInt("enrich.dedup.rows", DEFAULTS.rows()),
                    config.getInt("enrich.dedup.sketch.capacity", DEFAULTS.sketchCapacity()),
                    config.getDuration("enrich.dedup.sweep.interval", DEFAULTS.sweepInterval()));
        } catch (NumberFormatException e) {
            throw new ConfigException("enrich.dedup.tau must be a number, was '" + tau + "'");
        } catch (IllegalArgumentException e) {
            throw new ConfigException("enrich.dedup.bands/rows: " + e.getMessage());
        }
    }

    /** These settings with another threshold. */
    public DedupParams withTau(double newTau) {
        return new DedupParams(newTau, window, bands, rows, sketchCapacity, sweepInterval);
    }

    /** The banding. */
    public LshBands banding() {
        return new LshBands(bands, rows);
    }
}
