/** SnapStart hooks that warm a function up with reads only and close its database connections before the snapshot. */
package com.sneakers.marketplace.platform.lifecycle;
