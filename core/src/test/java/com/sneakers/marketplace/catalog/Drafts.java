package com.sneakers.marketplace.catalog;

import java.math.BigDecimal;
import java.util.List;

/** Product drafts for tests: only the fields a test cares about. */
public final class Drafts {
    private String sku;
    private String name;
    private String brand;
    private String model;
    private String colorway;
    private String category;
    private String description;
    private BigDecimal retailPrice;
    private String currency;
    private Integer releaseYear;
    private List<ImageDraft> images;

    private Drafts() {}

    public static Drafts product(String sku, String name, String brand) {
        Drafts drafts = new Drafts();
        drafts.sku = sku;
        drafts.name = name;
        drafts.brand = brand;
        return drafts;
    }

    /** An update that changes nothing until fields are set. */
    public static Drafts changes() {
        return new Drafts();
    }

    public Drafts sku(String sku) {
        this.sku = sku;
        return this;
    }

    public Drafts name(String name) {
        this.name = name;
        return this;
    }

    public Drafts brand(String brand) {
        this.brand = brand;
        return this;
    }

    public Drafts model(String model) {
        this.model = model;
        return this;
    }

    public Drafts colorway(String colorway) {
        this.colorway = colorway;
        return this;
    }

    public Drafts category(String category) {
        this.category = category;
        return this;
    }

    public Drafts description(String description) {
        this.description = description;
        return this;
    }

    public Drafts price(String retailPrice) {
        this.retailPrice = new BigDecimal(retailPrice);
        return this;
    }

    public Drafts currency(String currency) {
        this.currency = currency;
        return this;
    }

    public Drafts releaseYear(int releaseYear) {
        this.releaseYear = releaseYear;
        return this;
    }

    public Drafts images(ImageDraft... images) {
        this.images = List.of(images);
        return this;
    }

    public ProductDraft build() {
        return new ProductDraft(
                sku, name, brand, model, colorway, category, description, retailPrice, currency, releaseYear, images);
    }
}
