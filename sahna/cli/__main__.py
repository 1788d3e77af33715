"""``python -m sahna.cli``: the ``sahna`` command (the tests run it so, in a subprocess)."""

from sahna.cli import app

if __name__ == "__main__":
    app()
