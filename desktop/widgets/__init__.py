"""Small widgets shared by the feature folders."""
