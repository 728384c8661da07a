"""The offline answerer: a resume's own lines, quoted with citations, chosen without a model.

`offline.OfflineAnswerer` is the provider; `outline` cuts the resume into kinded entries,
`intents` reads what a question asks, `retrieval` picks the quotes by intent, `lookups` looks
everywhere else before anything is called absent, `evidence` holds the words and dates that
lookups use, `index` counts the words, and `terms` says what a word is.
"""
