/** The local runtime that runs the whole marketplace on one machine, without AWS, against emulators and Postgres. */
package com.sneakers.marketplace.local;
