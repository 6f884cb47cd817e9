package dev.dunning.rules.request;

/** Ways to reach a customer. */
public enum Channel {
    SMS, WECHAT, APP_PUSH, EMAIL, LETTER, PHONE, FIELD_VISIT
}
