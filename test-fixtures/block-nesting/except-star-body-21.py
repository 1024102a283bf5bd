try:
 pass
except* E:
 try:
  pass
 except* E:
  try:
   pass
  except* E:
   try:
    pass
   except* E:
    try:
     pass
    except* E:
     try:
      pass
     except* E:
      try:
       pass
      except* E:
       try:
        pass
       except* E:
        try:
         pass
        except* E:
         try:
          pass
         except* E:
          try:
           pass
          except* E:
           try:
            pass
           except* E:
            try:
             pass
            except* E:
             try:
              pass
             except* E:
              try:
               pass
              except* E:
               try:
                pass
               except* E:
                try:
                 pass
                except* E:
                 try:
                  pass
                 except* E:
                  try:
                   pass
                  except* E:
                   try:
                    pass
                   except* E:
                    try:
                     pass
                    except* E:
                     pass
