/** Identity over Postgres, DynamoDB sessions, HS256 JWTs and bcrypt, wired from a function's configuration. */
package com.sneakers.marketplace.identity.adapter;
