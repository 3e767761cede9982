# Checks and renders every .Rd file of a directory in one R process (R processes
# are costly: the Python tests call this once for all their pages).
# Usage: Rscript tests/support/check_rd.R DIR
# For each DIR/NAME.Rd it writes DIR/NAME.check (the messages of tools::checkRd()
# and of the Rd parser, one per line; empty when the page is clean) and
# DIR/NAME.txt (the page rendered as plain text by tools::Rd2txt()).
dir <- commandArgs(trailingOnly = TRUE)[1]
tools::Rd2txt_options(underline_titles = FALSE, width = 1000L)
for (file in list.files(dir, pattern = "\\.Rd$", full.names = TRUE)) {
  base <- sub("\\.Rd$", "", file)
  messages <- character()
  keep <- function(condition) {
    messages <<- c(messages, conditionMessage(condition))
    invokeRestart(if (inherits(condition, "warning")) "muffleWarning" else "muffleMessage")
  }
  rd <- withCallingHandlers(
    tryCatch(tools::parse_Rd(file, encoding = "UTF-8"),
             error = function(e) { messages <<- c(messages, conditionMessage(e)); NULL }),
    warning = keep, message = keep)
  if (!is.null(rd)) {
    checked <- withCallingHandlers(tools::checkRd(rd), warning = keep, message = keep)
    messages <- c(messages, as.character(checked))
    text <- withCallingHandlers(
      tryCatch(paste(capture.output(tools::Rd2txt(rd, out = stdout(),
                                                  outputEncoding = "UTF-8")), collapse = "\n"),
               error = function(e) { messages <<- c(messages, conditionMessage(e)); "" }),
      warning = keep, message = keep)
  } else {
    text <- ""
  }
  writeLines(gsub("\n", " ", messages), paste0(base, ".check"), useBytes = TRUE)
  writeLines(text, paste0(base, ".txt"), useBytes = TRUE)
}
