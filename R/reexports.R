# magrittr's pipe, re-exported as R keras and R tfprobability do:
# keras_model_sequential(input_shape = 2) %>% layer_dense_flipout(units = 1)

#' @importFrom magrittr %>%
#' @export
`%>%` <- magrittr::`%>%`
