/** Package version, sent in the `user-agent` header as `paymux-otgpay/<version>`. */
export const OTGPAY_SDK_VERSION = '0.0.0';
