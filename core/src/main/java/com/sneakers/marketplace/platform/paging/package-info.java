/** Pages of long lists: which page is asked for, and the page answered with the total of the whole list. */
package com.sneakers.marketplace.platform.paging;
