/** Creates the template's resources in the emulators and answers their names, URLs and ARNs. */
package com.sneakers.marketplace.local.provision;
