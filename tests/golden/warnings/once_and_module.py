# "once" shows a message once anywhere; "module" once per module.
import warnings

warnings.simplefilter("once")
warnings.warn("same text")
warnings.warn("same text")
warnings.warn("other text")
warnings.simplefilter("module")
warnings.warn("per module")
warnings.warn("per module")
print("end")
