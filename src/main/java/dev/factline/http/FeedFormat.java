package dev.factline.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.factline.model.Timestamps;
import dev.factline.service.TimelineService.FeedPage;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The representations of a topic's feed, chosen with {@code ?format=}: JSON Feed 1.1 or Atom (RFC 4287). */
public enum FeedFormat {
    JSON("json", "application/feed+json") {
        @Override
        String write(FeedPage page, PublicTimelineSettings settings, ClaimLinks links) {
            try {
                return Json.write(JSON_FEED_WRITER, JsonFeed.of(page, settings, links, this));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("feed cannot be written as JSON Feed", e);
            }
        }
    },
    ATOM("atom", "application/atom+xml") {
        @Override
        String write(FeedPage page, PublicTimelineSettings settings, ClaimLinks links) {
            try {
                return Atom.write(page, settings, links, this);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("feed cannot be written as Atom", e);
            }
        }
    };

    private static final ObjectWriter JSON_FEED_WRITER = Json.MAPPER.writer();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** Atom requires an updated time; an empty feed has no change to take it from. */
    private static final Instant NO_CHANGE_YET = Instant.EPOCH;

    private final String wireName;
    private final String contentType;

    FeedFormat(String wireName, String contentType) {
        this.wireName = wireName;
        this.contentType = contentType;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<FeedFormat> fromWireName(String value) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(value)).findFirst();
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(FeedFormat::wireName).collect(Collectors.joining(", "));
    }

    public PublicCaching.Representation render(FeedPage page, PublicTimelineSettings settings, ClaimLinks links) {
        return new PublicCaching.Representation(contentType + "; charset=utf-8", write(page, settings, links));
    }

    abstract String write(FeedPage page, PublicTimelineSettings settings, ClaimLinks links);

    /** This feed's own address in this format, and with a cursor the address of a later page. */
    String address(ClaimLinks links, String topic, String cursor) {
        return links.apiBaseUrl() + "/timelines/" + topic + "/feed?format=" + wireName
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }

    private static String feedTitle(String topic) {
        return "Factline: " + topic + " fact-checks";
    }

    /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); Factline's own fields under {@code _factline}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                    @JsonProperty("feed_url") String feedUrl, String description,
                    @JsonProperty("next_url") String nextUrl, String language, List<Author> authors,
                    List<Item> items) {

        static JsonFeed of(FeedPage page, PublicTimelineSettings settings, ClaimLinks links, FeedFormat format) {
            String homePage = Optional.ofNullable(links.timelinePage(page.topic()))
                    .orElse(links.apiBaseUrl() + "/timelines/" + page.topic());
            return new JsonFeed("https://jsonfeed.org/version/1.1", feedTitle(page.topic()), homePage,
                    format.address(links, page.topic(), null),
                    "Claims of the topic " + page.topic() + " as they are published, re-rated and withdrawn,"
                            + " newest change first.",
                    page.nextCursor() == null ? null : format.address(links, page.topic(), page.nextCursor()),
                    "en", List.of(new Author(settings.publisherName(), settings.publisherUrl().toString())),
                    page.claims().stream().map(claim -> Item.of(FeedEntry.of(claim, links))).toList());
        }

        record Author(String name, String url) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Item(String id, String url, String title, @JsonProperty("content_text") String contentText,
                    @JsonProperty("date_published") String datePublished,
                    @JsonProperty("date_modified") String dateModified, List<String> tags,
                    @JsonProperty("_factline") Extension factline) {

            static Item of(FeedEntry entry) {
                return new Item(entry.id(), entry.url(), entry.title(), entry.text(),
                        Timestamps.format(entry.published()), Timestamps.format(entry.at()),
                        List.of(entry.kind().wireName(), entry.rating().wireName()),
                        new Extension(entry.kind().wireName(), entry.claim().id(), entry.claim().version(),
                                entry.rating().wireName(), entry.claim().statement()));
            }
        }

        /** JSON Feed extensions start with an underscore; readers that do not know them ignore them. */
        record Extension(String change, @JsonProperty("claim_id") String claimId, long version, String rating,
                         String statement) {
        }
    }

    /** Atom, written with the JDK's StAX writer so that every string is escaped by the writer. */
    private static final class Atom {
        private static final String NS = "http://www.w3.org/2005/Atom";
        /** Room for a full page of 50 entries, so the text is never copied to grow. */
        private static final int ATOM_PAGE_CHARS = 64 * 1024;

        static String write(FeedPage page, PublicTimelineSettings settings, ClaimLinks links, FeedFormat format)
                throws XMLStreamException {
            TextWriter out = new TextWriter(ATOM_PAGE_CHARS);
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            List<FeedEntry> entries = page.claims().stream().map(claim -> FeedEntry.of(claim, links)).toList();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            element(xml, "id", format.address(links, page.topic(), null));
            element(xml, "title", feedTitle(page.topic()));
            element(xml, "updated", Timestamps.format(entries.stream().map(FeedEntry::at)
                    .max(Instant::compareTo).orElse(NO_CHANGE_YET)));
            xml.writeStartElement("author");
            element(xml, "name", settings.publisherName());
            element(xml, "uri", settings.publisherUrl().toString());
            xml.writeEndElement();
            link(xml, "self", format.address(links, page.topic(), null), "application/atom+xml");
            String timelinePage = links.timelinePage(page.topic());
            if (timelinePage != null) {
                link(xml, "alternate", timelinePage, "text/html");
            }
            if (page.nextCursor() != null) {
                link(xml, "next", format.address(links, page.topic(), page.nextCursor()), "application/atom+xml");
            }
            for (FeedEntry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "published", Timestamps.format(entry.published()));
                element(xml, "updated", Timestamps.format(entry.at()));
                link(xml, "alternate", entry.url(), "text/html");
                category(xml, entry.kind().wireName(), "https://factline.dev/feed/change");
                category(xml, entry.rating().wireName(), "https://factline.dev/feed/rating");
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(entry.text());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        }

        private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", rel);
            xml.writeAttribute("href", href);
            xml.writeAttribute("type", type);
        }

        private static void category(XMLStreamWriter xml, String term, String scheme) throws XMLStreamException {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", term);
            xml.writeAttribute("scheme", scheme);
        }
    }
}
