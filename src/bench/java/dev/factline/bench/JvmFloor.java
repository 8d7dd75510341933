package dev.factline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The JVM floor: a bare JVM doing one GetItem over plain JDK HTTP, no SDK, no JSON library, then
 * exiting. dynalite checks that the Authorization header has the SigV4 shape and that a date
 * header is present, not the signature itself, so the request is not signed.
 *
 * <p>Usage: {@code JvmFloor <claim id>} with DYNAMODB_ENDPOINT, TABLE_NAME and AWS_REGION set.
 */
public final class JvmFloor {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final Pattern CLAIM_ID = Pattern.compile("[0-9a-f]{32}");

    private JvmFloor() {
    }

    public static void main(String[] args) throws IOException {
        String table = System.getenv("TABLE_NAME");
        String id = args[0];
        if (!TABLE_NAME.matcher(table).matches() || !CLAIM_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("table name or claim id out of range");
        }
        // Pulling in a JSON library would defeat the point of this floor; both values are checked
        // against patterns above that exclude every character JSON would need escaped.
        byte[] body = ("{\"TableName\":\"" + table + "\",\"ConsistentRead\":true,\"Key\":{\"pk\":{\"S\":\"CLAIM#"
                + id + "\"},\"sk\":{\"S\":\"CLAIM\"}}}").getBytes(StandardCharsets.UTF_8);
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        String region = System.getenv("AWS_REGION");
        HttpURLConnection connection = (HttpURLConnection) URI.create(System.getenv("DYNAMODB_ENDPOINT"))
                .toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-amz-json-1.0");
        connection.setRequestProperty("X-Amz-Target", "DynamoDB_20120810.GetItem");
        connection.setRequestProperty("X-Amz-Date", now);
        connection.setRequestProperty("Authorization", "AWS4-HMAC-SHA256 Credential=bench/" + now.substring(0, 8)
                + "/" + region + "/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=unsigned");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        String outcome = Integer.toString(status);
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status == 200 && !response.contains("\"Item\"")) {
                outcome = "no-item";
            } else if (status != 200) {
                System.err.println("GetItem answered " + status + ": " + response);
            }
        }
        System.out.println("status=" + outcome + " vmhwm_kb=" + PeakRss.kilobytes());
        System.exit(0);
    }
}
