package com.sneakers.marketplace.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "UPS, 1Z999AA10123456784",
        "FEDEX, 123456789012",
        "FEDEX, 123456789012345",
        "USPS, 9400111899223197428490",
        "USPS, EA123456789US",
        "DHL, 1234567890",
        "DHL, JJD000390007827233212"
    })
    void acceptsTheTrackingNumbersOfItsCarrier(Carrier carrier, String number) {
        assertThat(carrier.accepts(number)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "UPS, 123456789012",
        "UPS, 1Z999AA1012345678",
        "FEDEX, 1Z999AA10123456784",
        "USPS, 12345",
        "DHL, 12345678901234",
        "DHL, ABC1234567"
    })
    void refusesNumbersOfAnotherShape(Carrier carrier, String number) {
        assertThat(carrier.accepts(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"UPS, UPS", "FedEx, FEDEX", "USPS, USPS", "DHL, DHL"})
    void isNamedInTheApiAsCarriersSpellThemselves(String wire, Carrier carrier) {
        assertThat(Carrier.fromWire(wire)).contains(carrier);
    }
}
