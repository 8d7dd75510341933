package dev.factline.service.candidates;

/**
 * What makes a sentence worth checking, each worth a share of the score (in hundredths).
 * A named actor alone does not make a candidate (nearly every news sentence names someone);
 * it adds to the score of one that has a date or another signal.
 */
public enum Signal {
    NUMBER("number", 15),
    PERCENTAGE("percentage", 10),
    QUANTITY("quantity", 10),
    NAMED_ACTOR("named actor", 10),
    REPORTED_SPEECH("reported speech", 15),
    COMPARISON("comparison", 10);

    private final String wireName;
    private final int points;

    Signal(String wireName, int points) {
        this.wireName = wireName;
        this.points = points;
    }

    public String wireName() {
        return wireName;
    }

    public int points() {
        return points;
    }
}
