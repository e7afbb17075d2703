"""kelisim's exceptions, one tree:

    KelisimError              anything kelisim raises on purpose
    ├── InputError            an article that cannot be read (empty, binary, undecodable, too big)
    ├── PipelineError         a pipeline built wrong (a stage missing what it requires, a stage
    │                         that does not return a Doc)
    ├── StoreError            the database cannot be opened, migrated or written
    └── EvalError             gold or benchmark files missing or malformed

Every message says what happened and what to do about it.
"""


class KelisimError(Exception):
    """Base of every error kelisim raises on purpose."""


class InputError(KelisimError):
    """An input that cannot be read; the batch skips it and goes on."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PipelineError(KelisimError):
    pass


class StoreError(KelisimError):
    pass


class EvalError(KelisimError):
    pass
