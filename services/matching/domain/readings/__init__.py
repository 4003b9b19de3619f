"""What each attributes-rules version reads in a pair of titles: one module per version (``v3`` … ``v10``), each
holding that version's conflicts, doubts and switches, and ``shared`` for the pieces several versions use (which
rules read a pair, how model codes compare).
``domain/decision.py`` asks them in order. Pure: no I/O.
"""
