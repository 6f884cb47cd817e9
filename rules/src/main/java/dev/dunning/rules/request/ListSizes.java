package dev.dunning.rules.request;

/**
 * The validation group checked first: the sizes of a request's lists. Only a request whose lists are within their
 * bounds has its elements validated, so an oversized list costs one check, not one per element.
 */
public interface ListSizes {
}
