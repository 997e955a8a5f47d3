"""The irlens-tiny recipe: data, autotuned labels, tokenizer, training, GGUF export.

Run it with `python -m models.recipe.run` from the repository root (see run.py). Training needs the
`train` extra (torch, sentencepiece); the server never imports this package.
"""
