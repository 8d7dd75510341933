package dev.factline.service.candidates;

/**
 * What a sentence is, besides a plain statement of fact. Labelled sentences stay candidates
 * (what someone forecast or thinks can be a claim worth checking) with fewer points.
 */
public enum Label {
    OPINION("opinion", 15),
    FORECAST("forecast", 10),
    CAPTION("caption", 10);

    private final String wireName;
    private final int penalty;

    Label(String wireName, int penalty) {
        this.wireName = wireName;
        this.penalty = penalty;
    }

    public String wireName() {
        return wireName;
    }

    public int penalty() {
        return penalty;
    }
}
