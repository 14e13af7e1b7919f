/** This product's version, as in package.json (a test keeps them equal). */
export const PRODUCT_VERSION = '0.1.0'
