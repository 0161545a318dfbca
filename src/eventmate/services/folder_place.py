"""Whether the data folder is where its database can be damaged (a sync app's folder, a network
drive): :mod:`eventmate.storage.folder_risk`, for the GUI and the command line, which reach
storage only through services. Light on purpose: the window asks right after Home's first
paint, before the rest of the services have loaded.
"""

from eventmate.storage.folder_risk import FolderRisk as FolderRisk
from eventmate.storage.folder_risk import folder_risk as folder_risk
