async def g():
 try:
  try:
   pass
  except E:
   pass
  else:
   for x in y:
    pass
   else:
    try:
     pass
    except* E:
     try:
      pass
     except* E:
      for x in y:
       try:
        pass
       except* E:
        try:
         with x:
          try:
           with x:
            if x:
             try:
              if x:
               for x in y:
                pass
               else:
                try:
                 pass
                finally:
                 try:
                  pass
                 except E:
                  pass
                 else:
                  try:
                   pass
                  except E:
                   try:
                    pass
                   except E as e:
                    a = [x async for x in y]
             except E:
              pass
          except* E:
           pass
        finally:
         pass
 except E:
  pass
 finally:
  pass
