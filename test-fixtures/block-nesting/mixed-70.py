async def g():
 try:
  pass
 except E:
  try:
   for x in y:
    match x:
     case 1:
      try:
       with x:
        try:
         if a: return x
         try:
          pass
         except E:
          pass
         else:
          try:
           pass
          except E:
           pass
          else:
           try:
            if a: return x
            try:
             if a: return 1
             try:
              if a: break
              try:
               for x in y:
                if x:
                 try:
                  pass
                 finally:
                  if a: continue
                  try:
                   try:
                    pass
                   finally:
                    if a: continue
                    with x:
                     try:
                      a = [x async for x in y]
                     except E:
                      pass
                     finally:
                      pass
                  except E:
                   pass
              except E:
               pass
             finally:
              for x in y: pass
            finally:
             for x in y: pass
           finally:
            for x in y: pass
        finally:
         for x in y: pass
      except* E:
       pass
  except E:
   pass
