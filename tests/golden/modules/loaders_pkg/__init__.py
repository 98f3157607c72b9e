__all__ = ["yaml_loader"]
