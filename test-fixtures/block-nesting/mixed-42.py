async def g():
 with x, z:
  try:
   pass
  except E:
   with x:
    try:
     for x in y:
      pass
     else:
      try:
       try:
        try:
         with x, z:
          try:
           pass
          except E:
           try:
            if a: return x
            match x:
             case 1:
              try:
               pass
              except E:
               pass
              else:
               while x:
                try:
                 try:
                  if a: break
                  try:
                   break
                  except* E:
                   pass
                 finally:
                  for x in y: pass
                except E:
                 pass
                finally:
                 pass
           finally:
            for x in y: pass
        except E:
         pass
       except* E:
        pass
      finally:
       pass
    except* E:
     pass
