package com.sneakers.marketplace.trading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SideTest {

    @Test
    void eachSideIsTheOtherOnesOpposite() {
        assertThat(Side.BID.opposite()).isEqualTo(Side.ASK);
        assertThat(Side.ASK.opposite()).isEqualTo(Side.BID);
    }
}
