"""The main window: the top floor, above dialogs and wizards."""
