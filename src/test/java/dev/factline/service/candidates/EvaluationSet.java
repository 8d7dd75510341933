package dev.factline.service.candidates;

import dev.factline.model.EventDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The annotated articles of {@code src/test/resources/candidates/eval} (format in its
 * README.md) and how the resolver's dates compare with the annotations, sentence by sentence.
 */
final class EvaluationSet {

    /** A careful reader's date of one sentence; {@code date} null for undated. */
    record Gold(EventDate date, EventDate endDate, boolean approximate) {

        static Gold parse(String annotation) {
            if (annotation.equals("-")) {
                return new Gold(null, null, false);
            }
            boolean approximate = annotation.startsWith("~");
            String[] parts = (approximate ? annotation.substring(1) : annotation).split("\\.\\.", 2);
            return new Gold(EventDate.parse(parts[0]), parts.length == 2 ? EventDate.parse(parts[1]) : null,
                    approximate);
        }

        @Override
        public String toString() {
            return date == null ? "undated" : (approximate ? "~" : "") + date.value()
                    + (endDate == null ? "" : ".." + endDate.value());
        }
    }

    record AnnotatedSentence(Gold gold, String text, int start) {
    }

    record Article(String name, LocalDate published, String text, List<AnnotatedSentence> sentences) {
    }

    enum Outcome { RIGHT, UNDATED, WRONG }

    /** One sentence's outcome; {@code candidate} is null when the sentence is no candidate. */
    record Scored(Article article, AnnotatedSentence sentence, Candidate candidate, Outcome outcome) {

        boolean approximateAgrees() {
            return candidate != null && candidate.dateApproximate() == sentence.gold().approximate();
        }

        String proposed() {
            if (candidate == null || candidate.eventDate() == null) {
                return "undated";
            }
            return (candidate.dateApproximate() ? "~" : "") + candidate.eventDate().value()
                    + (candidate.endDate() == null ? "" : ".." + candidate.endDate().value());
        }
    }

    private EvaluationSet() {
    }

    /** The articles of one half ({@code dev}, {@code heldout} or {@code heldout2}), by file name. */
    static List<Article> load(String half) {
        URL folder = EvaluationSet.class.getClassLoader().getResource("candidates/eval/" + half);
        if (folder == null) {
            throw new IllegalArgumentException("no evaluation half " + half);
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Article> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Article parse(String name, String content) {
        LocalDate published = null;
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> sentences = new ArrayList<>();
        boolean paragraphOpen = false;
        boolean paragraphEnded = false;
        for (String line : content.split("\n", -1)) {
            if (line.startsWith("# published:")) {
                published = LocalDate.parse(line.substring("# published:".length()).trim());
            } else if (line.startsWith("#")) {
                continue;
            } else if (line.isBlank()) {
                paragraphEnded = paragraphOpen;
            } else {
                int bar = line.indexOf(" | ");
                if (bar < 0) {
                    throw new IllegalArgumentException(name + ": no \" | \" in \"" + line + "\"");
                }
                if (paragraphEnded) {
                    text.append("\n\n");
                } else if (paragraphOpen) {
                    text.append(' ');
                }
                paragraphOpen = true;
                paragraphEnded = false;
                String sentence = line.substring(bar + 3).trim();
                sentences.add(new AnnotatedSentence(Gold.parse(line.substring(0, bar).trim()), sentence, text.length()));
                text.append(sentence);
            }
        }
        if (published == null) {
            throw new IllegalArgumentException(name + ": no \"# published:\" line");
        }
        return new Article(name, published, text.toString(), sentences);
    }

    /** Every sentence of the articles, scored against the candidate that starts in it. */
    static List<Scored> score(List<Article> articles) {
        List<Scored> scored = new ArrayList<>();
        for (Article article : articles) {
            List<Candidate> candidates = CandidateExtractor.extract(article.text(), article.published());
            for (AnnotatedSentence sentence : article.sentences()) {
                int start = sentence.start();
                Candidate candidate = candidates.stream()
                        .filter(c -> c.start() <= start && start < c.end()
                                || c.start() >= start && c.start() < start + sentence.text().length())
                        .findFirst().orElse(null);
                scored.add(new Scored(article, sentence, candidate, outcome(sentence.gold(), candidate)));
            }
        }
        return scored;
    }

    private static Outcome outcome(Gold gold, Candidate candidate) {
        EventDate date = candidate == null ? null : candidate.eventDate();
        if (date == null) {
            return gold.date() == null ? Outcome.RIGHT : Outcome.UNDATED;
        }
        boolean same = date.equals(gold.date())
                && (candidate.endDate() == null ? gold.endDate() == null : candidate.endDate().equals(gold.endDate()));
        return same ? Outcome.RIGHT : Outcome.WRONG;
    }
}
