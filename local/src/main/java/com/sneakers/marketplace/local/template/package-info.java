/** Reads the SAM/CloudFormation template and resolves its intrinsic functions. */
package com.sneakers.marketplace.local.template;
