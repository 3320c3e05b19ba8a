package com.sneakers.marketplace.orders;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The carriers a seller can ship with, each with the shape of its tracking numbers. */
public enum Carrier {
    UPS("UPS", "1Z[0-9A-Z]{16}", "1Z followed by 16 letters or digits"),
    FEDEX("FedEx", "[0-9]{12}|[0-9]{15}|[0-9]{20}|[0-9]{22}", "12, 15, 20 or 22 digits"),
    USPS("USPS", "(9[0-9]{21})|([0-9]{20})|([A-Z]{2}[0-9]{9}US)", "20 or 22 digits, or 2 letters, 9 digits and US"),
    DHL("DHL", "[0-9]{10,11}|JJD[0-9]{18}", "10 or 11 digits, or JJD followed by 18 digits");

    private final String wire;
    private final Pattern trackingNumber;
    private final String trackingNumberShape;

    Carrier(String wire, String trackingNumber, String trackingNumberShape) {
        this.wire = wire;
        this.trackingNumber = Pattern.compile(trackingNumber);
        this.trackingNumberShape = trackingNumberShape;
    }

    public String wire() {
        return wire;
    }

    public boolean accepts(String number) {
        return trackingNumber.matcher(number).matches();
    }

    public String trackingNumberShape() {
        return trackingNumberShape;
    }

    public static Optional<Carrier> fromWire(String value) {
        return Arrays.stream(values())
                .filter(carrier -> carrier.wire.equals(value))
                .findFirst();
    }
}
