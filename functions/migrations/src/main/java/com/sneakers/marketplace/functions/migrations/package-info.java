/** The schema migration function that CloudFormation runs on every stack create and update. */
package com.sneakers.marketplace.functions.migrations;
