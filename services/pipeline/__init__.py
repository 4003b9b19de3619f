"""The recommendation pipeline (Faust): interactions in, profiles, triggers, benefits, copy, push requests out."""
