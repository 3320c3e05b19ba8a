/** The catalogue in Postgres, with a container cache in front of it, wired as a function uses it. */
package com.sneakers.marketplace.catalog.adapter;
