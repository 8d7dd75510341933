package dev.factline.model;

public record Evidence(String url, String title) {
}
