package com.sneakers.marketplace.catalog;

/** A product search as the client asked for it: raw query parameters, each null when absent. */
public record SearchQuery(String q, String page, String pageSize) {}
